"""The ``{% load childdays %}`` library."""
