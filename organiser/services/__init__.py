"""Use cases over the core: each public function is one unit of work on a Database."""
