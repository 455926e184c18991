package yamlx

import (
	"embed"
	"io/fs"
	"reflect"
	"sync"
	"unsafe"
)

// ReadFile reads the file name of fsys, as fs.ReadFile does, except that a file
// embedded in the binary (fsys an embed.FS) is not copied: the bytes returned are the
// binary's read-only data, which the caller must not write to (a write faults).
//
// The built-in YAML files are read at every start-up to be fingerprinted (Decode)
// and, for rules, split into documents; fs.ReadFile copied their 220 KB into fresh
// memory each time, every page of which costs a page fault.
func ReadFile(fsys fs.FS, name string) ([]byte, error) {
	if e, ok := fsys.(embed.FS); ok {
		if s, ok := embeddedFiles(e)[name]; ok {
			if s == "" {
				return []byte{}, nil
			}
			return unsafe.Slice(unsafe.StringData(s), len(s)), nil
		}
	}
	return fs.ReadFile(fsys, name)
}

var embedded struct {
	mu    sync.Mutex
	files map[*byte]map[string]string // by the address of an embed.FS's file list
}

// embeddedFiles returns the contents of the regular files of e by name, or nil when
// e's layout is not the one below (the caller then copies, with fs.ReadFile).
//
// embed.FS is a pointer to a list of {name, data string, hash} with directories
// named with a trailing "/": a layout the compiler writes (cmd/compile's
// staticdata.WriteEmbed), read here by reflection since embed offers no way to the
// bytes without a copy. TestReadFileEmbedded holds it to fs.ReadFile.
func embeddedFiles(e embed.FS) map[string]string {
	v := reflect.ValueOf(e)
	if v.NumField() != 1 || v.Field(0).Kind() != reflect.Pointer {
		return nil
	}
	p := v.Field(0)
	if p.IsNil() || p.Elem().Kind() != reflect.Slice {
		return nil
	}
	list := p.Elem()
	ft := list.Type().Elem()
	if ft.Kind() != reflect.Struct || ft.NumField() < 2 || ft.Field(0).Type.Kind() != reflect.String || ft.Field(1).Type.Kind() != reflect.String {
		return nil
	}
	key := (*byte)(p.UnsafePointer())
	embedded.mu.Lock()
	defer embedded.mu.Unlock()
	if m, ok := embedded.files[key]; ok {
		return m
	}
	m := make(map[string]string, list.Len())
	for i := 0; i < list.Len(); i++ {
		f := list.Index(i)
		if name := f.Field(0).String(); name != "" && name[len(name)-1] != '/' {
			m[name] = f.Field(1).String()
		}
	}
	if embedded.files == nil {
		embedded.files = map[*byte]map[string]string{}
	}
	embedded.files[key] = m
	return m
}
