"""What the 3-D scenes share: the GL view's background, camera and grab, texts in the
scene, and whether OpenGL works here."""
