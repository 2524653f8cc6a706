// The one-module wheel of offline-wheels/, made here the same way (from the source folder: the
// invoker copies only the projects it runs).
return evaluate(new File(basedir, '../../../src/it/offline-wheels/prebuild.groovy'))
