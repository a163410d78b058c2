"""File formats going out: calendar files, e-mail, PDF documents."""
