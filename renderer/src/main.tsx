console.log('r')
