// The client's dates come from the one home the server's mails use too.
export { DATE_LOCALES, dateFormatter } from '../../../src/common/dates-in-words.js';
