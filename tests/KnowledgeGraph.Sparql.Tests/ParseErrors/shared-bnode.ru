INSERT DATA { _:b <http://e/p> 1 } ;
INSERT DATA { _:b <http://e/p> 2 }
