// family: xss 79 safe
import React from "react";
import DOMPurify from "dompurify";

type Note = { id: number; title: string; bodyHtml: string };

export function NoteView({ note }: { note: Note }) {
  return (
    <article>
      <h2>{note.title}</h2>
      <div className="note-body" dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(note.bodyHtml) }} />
    </article>
  );
}
