"""Chi bộ số: the working life of a Party cell, from plan to dossier."""
