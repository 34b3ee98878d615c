// family: eval 95 vuln
function loadStatus(callback) {
  const xhr = new XMLHttpRequest();
  xhr.open("GET", "/api/status");
  xhr.onload = function () {
    callback(eval("(" + xhr.responseText + ")")); // sink
  };
  xhr.send();
}
