// Inline on the FAQ index only. Old links point at /faq/#<id>; every question now has its own page,
// so a fragment naming one of the questions on this page forwards there (without JavaScript the
// fragment still lands on the collapsed question in the list).
(function () {
var id = decodeURIComponent(location.hash.slice(1));
var target = /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id) ? document.getElementById(id) : null;
if (target && target.hasAttribute('data-faq-question')) location.replace(id + '/' + location.search);
})();
