# family: xss 79 80
"""Gradio pages that show the analysts' notes as HTML."""

import html

import gradio as gr


def vuln_render_note(note):
    return gr.HTML(f"<div class='note'>{note}</div>")  # sink


def safe_render_note(note):
    return gr.HTML(f"<div class='note'>{html.escape(note)}</div>")


def vuln_update_banner(title):
    return gr.HTML(value=f"<h2>{title}</h2>", visible=True)  # sink


def safe_update_banner(title):
    return gr.HTML(value=f"<h2>{html.escape(title)}</h2>", visible=True)


with gr.Blocks() as demo:
    note_box = gr.Textbox(label="Note")
    title_box = gr.Textbox(label="Title")
    out = gr.HTML()
    note_box.change(vuln_render_note, note_box, out)
    note_box.change(safe_render_note, note_box, out)

    @title_box.submit(inputs=title_box, outputs=out)
    def vuln_banner_listener(title):
        return gr.HTML(f"<h2>{title}</h2>")  # sink

    demo.load(vuln_update_banner, inputs=title_box, outputs=out)
    demo.load(safe_update_banner, inputs=title_box, outputs=out)
