"""The interface languages: which there are, the View > Language menu, and the texts
redone after a switch."""
