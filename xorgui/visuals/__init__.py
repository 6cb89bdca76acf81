"""The visuals: one per module, each drawing what a snapshot holds (surface,
heatmap, loss plot, truth table) and the image exports they share."""
