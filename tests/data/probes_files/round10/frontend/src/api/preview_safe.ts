// family: xss 79 safe
// the preview pane shows the note the client wrote, as the API returns it
import DOMPurify from "dompurify";

export async function showPreview(pane: HTMLElement, noteId: number): Promise<void> {
  const response = await fetch(`/api/notes/${noteId}/`);
  const note: { title: string; body: string } = await response.json();
  pane.innerHTML = `<h2>${DOMPurify.sanitize(note.title)}</h2>`;
  const count: number = note.body.length;
  pane.insertAdjacentHTML("beforeend", `<small>${count} characters</small>`);
}
