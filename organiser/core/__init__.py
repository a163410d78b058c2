"""The core: database, typed model, errors and text rules; never imports Qt."""
