// family: xss 79 vuln
import React from "react";

type Note = { id: number; title: string; bodyHtml: string };

export function NoteView({ note }: { note: Note }) {
  return (
    <article>
      <h2>{note.title}</h2>
      <div className="note-body" dangerouslySetInnerHTML={{ __html: note.bodyHtml }} /> {/* sink */}
    </article>
  );
}
