/**
 * Saving a file made in the browser: the text becomes a Blob and the browser's own
 * download saves it. Nothing is sent anywhere. Used by the training debrief and the
 * conversation record.
 */
export function saveFile(name: string, text: string, type: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Give the download a moment to start before letting go of the file.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
