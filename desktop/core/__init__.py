"""Plain Python shared by every layer: no Qt, Ray, torch, gymnasium or pygame."""
