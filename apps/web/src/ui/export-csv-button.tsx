import { toCsv } from './csv';
import { downloadCsv } from './download';

export interface ExportCsvButtonProps<T> {
  fileName: string;
  rows: T[];
  columns: [string, (row: T) => unknown][];
}

/** "Export CSV" for whatever list is on screen (as filtered). */
export function ExportCsvButton<T>({ fileName, rows, columns }: ExportCsvButtonProps<T>) {
  return (
    <button
      type="button"
      className="off"
      onClick={() => downloadCsv(fileName, toCsv(rows, columns))}
      disabled={!rows.length}
    >
      Export CSV
    </button>
  );
}
