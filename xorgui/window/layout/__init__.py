"""The window's layout, with one owner: `WindowLayout` (screen_fit.py) fits the
window to the screen it is on. Each module has one job: central.py places the
controls, the 3-D view, the loss plot and the truth table in splitters;
docks.py places the optional views and makes them give way; memory.py saves
and restores the layout; presentation.py is View > Larger text and Full
screen."""
