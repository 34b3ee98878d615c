// family: eval 95 safe
function loadStatus(callback) {
  const xhr = new XMLHttpRequest();
  xhr.open("GET", "/api/status");
  xhr.onload = function () {
    callback(JSON.parse(xhr.responseText));
  };
  xhr.send();
}
