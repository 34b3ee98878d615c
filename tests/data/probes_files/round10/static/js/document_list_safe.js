// family: xss 79 safe
// the client's documents, as the portal's API lists them (titles are typed by the uploader)
fetch("/api/documents/")
  .then((response) => response.json())
  .then((documents) => {
    documents.forEach((doc) => {
      $("<li class=\"doc\">").text(doc.title).appendTo("#documents");
    });
  });
