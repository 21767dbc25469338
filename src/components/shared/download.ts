// Hands a file built in the page to the browser as a download: nothing is uploaded anywhere. Text
// files come as strings; workbooks and images as a Blob.
export function download(name: string, type: string, body: string | Blob): void {
  const url = URL.createObjectURL(typeof body === 'string' ? new Blob([body], { type }) : body);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // Some browsers read the blob after click() returns; revoke a little later.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
