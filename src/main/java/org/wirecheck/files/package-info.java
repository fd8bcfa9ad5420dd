/**
 * Files written by Wirecheck: the one check of an output path ({@link org.wirecheck.files.OutputCheck}) and the one
 * atomic writer ({@link org.wirecheck.files.AtomicWriter}), used by the command line, the window's export and the
 * review file. Depends on nothing else of Wirecheck.
 */
package org.wirecheck.files;
