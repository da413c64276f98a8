DELETE { _:b <http://e/p> ?o } WHERE { ?s <http://e/p> ?o }
