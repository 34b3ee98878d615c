// family: xss 79 safe
import React from "react";
import DOMPurify from "dompurify";

const LEGEND = "<abbr title=\"Market Abuse Regulation\">MAR</abbr> art. 17";

export function Disclosure({ disclosure }) {
  return (
    <section className="disclosure">
      <h3>{disclosure.issuer}</h3>
      <div dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(disclosure.summary) }} />
      <p dangerouslySetInnerHTML={{ __html: LEGEND }} />
    </section>
  );
}
