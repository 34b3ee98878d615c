# family: xss 79 80
"""The research desk's Streamlit pages: notes, banners and greetings rendered as HTML."""

import html

import streamlit as st
import streamlit.components.v1 as components

DESKS = ("rates", "credit", "equities")


def vuln_note_preview():
    note = st.text_area("Analyst note")
    st.markdown(f"<div class='note'>{note}</div>", unsafe_allow_html=True)  # sink


def safe_note_preview():
    note = st.text_area("Analyst note")
    st.markdown(f"<div class='note'>{html.escape(note)}</div>", unsafe_allow_html=True)


def vuln_banner_from_link():
    title = st.query_params.get("title", "Morning call")
    components.html(f"<h2 class='banner'>{title}</h2>", height=60)  # sink


def safe_banner_from_link():
    title = st.query_params.get("title", "Morning call")
    components.html(f"<h2 class='banner'>{html.escape(title)}</h2>", height=60)


def vuln_greeting_in_state():
    st.session_state["analyst"] = st.text_input("Your name")
    st.markdown(f"Welcome back, <b>{st.session_state['analyst']}</b>", unsafe_allow_html=True)  # sink


def safe_greeting_in_state():
    st.session_state["analyst"] = html.escape(st.text_input("Your name"))
    st.markdown(f"Welcome back, <b>{st.session_state['analyst']}</b>", unsafe_allow_html=True)


def vuln_legacy_desk_link():
    params = st.experimental_get_query_params()
    desk = params.get("desk", ["rates"])[0]
    st.markdown(f"<span class='desk'>{desk}</span>", unsafe_allow_html=True)  # sink


def safe_legacy_desk_link():
    params = st.experimental_get_query_params()
    desk = params.get("desk", ["rates"])[0]
    if desk not in DESKS:
        st.error("Unknown desk")
        st.stop()
    st.markdown(f"<span class='desk'>{desk}</span>", unsafe_allow_html=True)


def vuln_chat_echo():
    question = st.chat_input("Ask the research bot")
    if question:
        st.html(f"<p class='question'>{question}</p>")  # sink


def safe_chat_echo():
    question = st.chat_input("Ask the research bot")
    if question:
        st.html(f"<p class='question'>{html.escape(question)}</p>")


def vuln_keyed_widget_caption():
    st.text_input("Portfolio label", key="label")
    st.markdown(f"<h4>{st.session_state.label}</h4>", unsafe_allow_html=True)  # sink


def safe_keyed_widget_caption():
    st.selectbox("Portfolio label", ["Core", "Satellite", "Overlay"], key="label")
    st.markdown(f"<h4>{st.session_state.label}</h4>", unsafe_allow_html=True)
