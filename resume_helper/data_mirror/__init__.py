"""JSON mirrors of the package's YAML data files, written by ``python -m resume_helper.datafiles``
(see :mod:`resume_helper.datafiles`)."""
