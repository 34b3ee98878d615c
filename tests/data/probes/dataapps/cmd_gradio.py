# family: cmd 78
"""A Gradio control panel over the nightly data builds."""

import shlex
import subprocess

import gradio as gr


def vuln_rebuild(dataset):
    subprocess.run(f"make -C /srv/pipelines {dataset}", shell=True, check=True)  # sink
    return "started"


def safe_rebuild(dataset):
    subprocess.run(f"make -C /srv/pipelines {shlex.quote(dataset)}", shell=True, check=True)
    return "started"


with gr.Blocks() as panel:
    dataset_box = gr.Textbox(label="Dataset")
    status = gr.Markdown()

    @gr.on(triggers=[dataset_box.submit], inputs=[dataset_box], outputs=status)
    def vuln_tail_log(dataset):
        return subprocess.check_output(f"tail -n 50 /var/log/pipelines/{dataset}.log", shell=True).decode()  # sink

    @gr.on(triggers=[dataset_box.submit], inputs=[dataset_box], outputs=status)
    def safe_tail_log(dataset):
        return subprocess.check_output(["tail", "-n", "50", f"/var/log/pipelines/{dataset}.log"]).decode()

    gr.Button("Rebuild").click(vuln_rebuild, inputs=[dataset_box], outputs=[status])
    gr.Button("Rebuild safely").click(safe_rebuild, inputs=[dataset_box], outputs=[status])
