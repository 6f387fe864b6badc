/** Hands text to the browser as a file download. */
export function downloadCsv(fileName: string, csv: string): void {
  const href = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
  Object.assign(document.createElement('a'), { href, download: fileName }).click();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
