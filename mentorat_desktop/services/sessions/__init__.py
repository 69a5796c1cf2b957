"""Sessions: planning, agendas, journals and the calendar export."""
