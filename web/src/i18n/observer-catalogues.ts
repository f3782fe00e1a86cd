// Imported by the observers' chunk (and the catalogue tests): its messages join the catalogues. The
// observers' pages name elections, statuses and flags as the console does, so they load its messages too.
import './console-catalogues.js';
import { addCatalogue } from './catalogues.js';
import { observer as en } from './en/observer.js';
import { observer as fr } from './fr/observer.js';

addCatalogue('observer', { en, fr });
