import type { fileMessages as english } from '../../messages/files.js';
import type { Translation } from '../../translation.js';

/** Text of the file rules, in German. */
export const fileMessages: Translation<typeof english> = {
  'file.notChosen.site':
    'Roster öffnet oder erstellt einen Standort nur dort, wo Sie ihn gewählt haben. Wählen Sie {file} über „Standort öffnen“, „Neuer Standort“ oder die zuletzt verwendeten Standorte.',
  'file.notChosen.copy':
    'Roster speichert eine Kopie nur dort, wo Sie es im Speichern-Dialog gewählt haben. Wählen Sie erneut „Kopie speichern“ und dort den Speicherort.',
  'file.notChosen.import':
    'Roster liest nur eine Datei, die Sie mit „Datei wählen…“ ausgewählt oder auf dieses Fenster gezogen haben. Wählen Sie {file} erneut.',
  'file.notChosen.export':
    'Roster schreibt nur dorthin, wo Sie es im Speichern-Dialog gewählt haben. Klicken Sie erneut auf „Exportieren“ und wählen Sie dort den Speicherort.',
  'file.rule.absolute':
    'Geben Sie den vollständigen Pfad ab Laufwerk oder Stammordner ein (zum Beispiel /home/anna/users.csv oder C:\\Users\\anna\\users.csv).',
  'file.rule.hidden':
    '{file} ist eine versteckte Datei (ihr Name beginnt mit einem Punkt). Roster liest und schreibt keine versteckten Dateien; wählen Sie eine Datei mit gewöhnlichem Namen.',
  'file.rule.siteExtension': 'Der Name einer Standortdatei endet auf .roster, {file} jedoch nicht. Wählen Sie einen Namen, der auf .roster endet.',
  'file.rule.importExtension':
    'Roster importiert Textdateien mit Trennzeichen, die auf .csv, .txt oder .tsv enden, und {file} ist keine solche. Speichern Sie die Liste als CSV (in Excel: „CSV UTF-8“) und wählen Sie diese Datei.',
  'file.rule.csvExtension':
    'Exporte werden in eine Datei mit der Endung .csv oder .txt geschrieben, {file} hat keine solche. Ändern Sie den Namen auf die Endung .csv.',
  'file.rule.notText':
    '{file} existiert bereits in {folder} und ist keine Textdatei. Roster ersetzt nur CSV- oder Textdateien; wählen Sie einen anderen Namen.',
  'file.exists': '{file} existiert bereits.',
  'error.site.copyKeyMissing':
    'Dieser Rechner besitzt den Schlüssel dieses Standorts nicht, daher können dessen Passwörter und PINs nicht in eine Kopie übernommen werden. Öffnen Sie den Standort dort, wo sein Schlüssel liegt, und speichern Sie die Kopie dort.',
};
