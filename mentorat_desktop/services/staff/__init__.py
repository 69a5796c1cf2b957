"""Staff: people, departments, skills and their import and export."""
