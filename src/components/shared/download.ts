// Hands a file built in the page to the browser as a download: nothing is uploaded anywhere.
export function download(name: string, type: string, body: string): void {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // Some browsers read the blob after click() returns; revoke a little later.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
