# family: xss 79 80
"""The desk dashboard in Dash: comments and reports shown next to the charts."""

from html import escape

from dash import Dash, Input, Output, State, callback, dcc, html

app = Dash(__name__)
app.layout = html.Div(
    [
        dcc.Input(id="comment", type="text"),
        dcc.Input(id="author", type="text"),
        html.Div(id="comment-view"),
        html.Div(id="report-view"),
    ]
)


@app.callback(Output("comment-view", "children"), Input("comment", "value"), State("author", "value"))
def vuln_show_comment(comment, author):
    return dcc.Markdown(f"**{author}**: <span>{comment}</span>", dangerously_allow_html=True)  # sink


@app.callback(Output("comment-view", "children"), Input("comment", "value"), State("author", "value"))
def safe_show_comment(comment, author):
    return dcc.Markdown(f"**{escape(author)}**: <span>{escape(comment)}</span>", dangerously_allow_html=True)


@callback(Output("report-view", "children"), Input("comment", "value"))
def vuln_report_frame(title):
    return html.Iframe(srcDoc=f"<html><body><h1>{title}</h1></body></html>")  # sink


@callback(Output("report-view", "children"), Input("comment", "value"))
def safe_report_frame(title):
    return html.Iframe(srcDoc=f"<html><body><h1>{escape(title)}</h1></body></html>")
