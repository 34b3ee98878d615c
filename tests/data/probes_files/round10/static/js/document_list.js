// family: xss 79 vuln
// the client's documents, as the portal's API lists them (titles are typed by the uploader)
fetch("/api/documents/")
  .then((response) => response.json())
  .then((documents) => {
    documents.forEach((doc) => {
      $("#documents").append("<li class=\"doc\">" + doc.title + "</li>"); // sink
    });
  });
