INSERT DATA {
  <http://e/s> <http://e/p> ?o
}
