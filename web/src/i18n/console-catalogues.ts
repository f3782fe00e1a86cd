// Imported by the console's chunk (and the catalogue tests): its messages join the catalogues.
import { addCatalogue } from './catalogues.js';
import { consoleCatalogue as en } from './en/console.js';
import { consoleCatalogue as fr } from './fr/console.js';

addCatalogue('console', { en, fr });
