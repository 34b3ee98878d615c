// family: xss 79 vuln
import React from "react";

export function Disclosure({ disclosure }) {
  return (
    <section className="disclosure">
      <h3>{disclosure.issuer}</h3>
      <div dangerouslySetInnerHTML={{ __html: disclosure.summary }} /> {/* sink */}
    </section>
  );
}
