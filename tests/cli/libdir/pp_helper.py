X = "from PYTHONPATH"
