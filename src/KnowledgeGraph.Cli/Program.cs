// Placeholder entry point; the command tree (convert, load, export, ...) is built in Commands/.
return 0;
