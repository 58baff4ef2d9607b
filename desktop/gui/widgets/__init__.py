"""Small reusable widgets: the CartPole view, gauges, "?" help buttons."""
