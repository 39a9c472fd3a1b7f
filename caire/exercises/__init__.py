"""The checks of each assignment, one module per assignment, shared by nbgrader and the Voila apps."""
