import type { fileMessages as english } from '../../messages/files.js';
import type { Translation } from '../../translation.js';

/** Text of the file rules, in Spanish. */
export const fileMessages: Translation<typeof english> = {
  'file.notChosen.site':
    'Roster solo abre o crea un sitio donde usted lo haya elegido. Use Abrir sitio, Nuevo sitio o los sitios recientes para elegir {file}.',
  'file.notChosen.copy':
    'Roster solo guarda una copia donde usted lo haya elegido en el cuadro de diálogo. Use de nuevo Guardar una copia y elija allí la ubicación.',
  'file.notChosen.import': 'Roster solo lee un archivo elegido con "Elegir archivo…" o arrastrado a esta ventana. Vuelva a elegir {file}.',
  'file.notChosen.export':
    'Roster solo escribe donde usted lo haya elegido en el cuadro de diálogo. Haga clic de nuevo en Exportar y elija allí la ubicación.',
  'file.rule.absolute':
    'Escriba la ruta completa, desde la unidad o la carpeta raíz (por ejemplo /home/anna/users.csv o C:\\Users\\anna\\users.csv).',
  'file.rule.hidden':
    '{file} es un archivo oculto (su nombre empieza por un punto). Roster no lee ni escribe archivos ocultos; elija un archivo con un nombre normal.',
  'file.rule.siteExtension': 'El nombre de un archivo de sitio termina en .roster, y {file} no. Elija un nombre que termine en .roster.',
  'file.rule.importExtension':
    'Roster importa archivos de texto delimitado que terminan en .csv, .txt o .tsv, y {file} no lo es. Guarde la lista como CSV (en Excel: “CSV UTF-8”) y elija ese archivo.',
  'file.rule.csvExtension':
    'Las exportaciones se escriben en un archivo que termina en .csv o .txt, y {file} no lo es. Cambie el nombre para que termine en .csv.',
  'file.rule.notText': '{file} ya existe en {folder} y no es un archivo de texto. Roster solo reemplaza archivos CSV o de texto; elija otro nombre.',
  'file.exists': '{file} ya existe.',
  'error.site.copyKeyMissing':
    'Este equipo no tiene la clave de este sitio, por lo que sus contraseñas y PIN no se pueden llevar a una copia. Abra el sitio donde esté su clave y guarde allí la copia.',
};
