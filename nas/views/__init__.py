"""What a person looks at: the front as SVG, HTML and PNG, and the study's report."""
