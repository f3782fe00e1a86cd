import { jest } from '@jest/globals';

// Whole user journeys in a real browser: minutes on a loaded machine (testTimeout in a project entry
// is not honoured by Jest 29, so the browser project sets it here).
jest.setTimeout(240_000);
