/** Hands a blob to the browser as a file download. */
export function saveBlob(blob: Blob, fileName: string): void {
  const href = URL.createObjectURL(blob);
  Object.assign(document.createElement('a'), { href, download: fileName }).click();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

export const downloadCsv = (fileName: string, csv: string) => saveBlob(new Blob([csv], { type: 'text/csv' }), fileName);
