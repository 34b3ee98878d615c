// family: xss 79 vuln
// the preview pane shows the note the client wrote, as the API returns it
export async function showPreview(pane: HTMLElement, noteId: number): Promise<void> {
  const response = await fetch(`/api/notes/${noteId}/`);
  const note: { title: string; body: string } = await response.json();
  pane.innerHTML = `<h2>${note.title}</h2>`; // sink
}
